export * from './rebuild-burnup';
export * from './sample-days';
