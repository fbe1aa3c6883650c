/**
 * tsx runs this repository's .ts files as CommonJS (package.json has no "type"), and jira.js, p-retry and
 * is-network-error export only an `import` condition, so `require` would not resolve them. Adding the `import`
 * condition for those packages alone (Node ≥ 22.15 `registerHooks`; Node ≥ 22.12 loads ES modules through require)
 * lets the sandbox run src/ unchanged. Other packages keep CommonJS resolution: tslib, for one, breaks under
 * `import`. Import this module before anything that reaches src/jira.
 */
import { registerHooks } from 'node:module';

const ESM_ONLY = /^(jira\.js|p-retry|is-network-error)(\/|$)/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const conditions = [...(context.conditions ?? [])];
    if (!ESM_ONLY.test(specifier) || conditions.includes('import')) return nextResolve(specifier, context);
    return nextResolve(specifier, { ...context, conditions: [...conditions, 'import'] });
  },
});
