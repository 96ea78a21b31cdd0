import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import './resetPage.js';

// `waitFor` and `findBy…` wait up to 5 s, not 1: five projects share two cores in CI, and a state that comes
// in 50 ms alone can take seconds there. A state that never comes still fails.
configure({ asyncUtilTimeout: 5_000 });
