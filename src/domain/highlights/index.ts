export * from './find-highlights';
