// @signpost-uk/api: the HTTP API as one app, for Node and Workers alike.

export { type ApiOptions, createApi, MAX_URL_LENGTH } from './create-api.js';
export { ENDPOINTS } from './endpoints.js';
export { type ApiEnv, ApiEnvError, loadApiEnv } from './env.js';
export { PROBLEM_TYPE_BASE, type Problem, ProblemSchema, problem } from './http/problem.js';
export { OPENAPI_PATH } from './openapi-document.js';
