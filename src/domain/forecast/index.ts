export * from './forecast-completion';
