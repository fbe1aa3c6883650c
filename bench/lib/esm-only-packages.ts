/**
 * tsx runs this repository's .ts files as CommonJS (package.json has no "type"), and jira.js exports only an
 * `import` condition, so `require('jira.js')` from src/jira would fail to resolve. Adding the `import` condition to
 * require resolution (Node ≥ 22.15 `registerHooks`; Node ≥ 22.12 then loads the ES module through require) lets the
 * benchmarks run src/jira unchanged. Import this module first.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const conditions = [...(context.conditions ?? [])];
    return nextResolve(
      specifier,
      conditions.includes('import') ? context : { ...context, conditions: [...conditions, 'import'] },
    );
  },
});
