// The HTTP adapter alone, without React: what a non-React host or a BFF imports.
export { createHttpAdapter } from 'react-two-factor/core';
