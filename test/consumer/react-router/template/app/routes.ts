import { index, type RouteConfig, route } from '@react-router/dev/routes';

export default [
  index('routes/sign-in.tsx'),
  // A resource route: an action and no component, so React Router answers with its Response as it is.
  route('api/2fa/*', 'routes/api.2fa.ts'),
] satisfies RouteConfig;
