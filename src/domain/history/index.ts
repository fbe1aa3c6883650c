export * from './rebuild-burnup';
