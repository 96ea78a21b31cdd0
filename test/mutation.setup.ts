import fc from 'fast-check';

// `npm run test:mutation` runs the core's tests once per mutant: fewer runs per property keep it to minutes.
fc.configureGlobal({ numRuns: 25 });
