// TypeDoc names each entry after its path (`index`, `core`, …): name them as a reader imports them.
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      module.name = module.name === 'index' ? 'react-two-factor' : `react-two-factor/${module.name}`;
    }
  });
}
