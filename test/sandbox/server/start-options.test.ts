import { parseStartOptions } from '../../../sandbox/server/start-options';

describe('npm start options', () => {
  const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseStartOptions(argv, env, '/repo');

  test('defaults: port 8787, .data/sandbox, no reset, no rebuild', () => {
    expect(parse([])).toEqual({ port: 8787, dataDir: '/repo/.data/sandbox', reset: false, rebuild: false });
  });

  test('PORT, --data (both spellings), --reset and --rebuild', () => {
    expect(parse(['--data', 'x', '--reset'], { PORT: '0' })).toEqual({
      port: 0,
      dataDir: '/repo/x',
      reset: true,
      rebuild: false,
    });
    expect(parse(['--data=/tmp/okr', '--rebuild'])).toEqual({
      port: 8787,
      dataDir: '/tmp/okr',
      reset: false,
      rebuild: true,
    });
  });

  test.each([
    [['--data'], {}, '--data needs a folder.'],
    [['--port', '1'], {}, "Unknown option '--port'."],
    [[], { PORT: 'eighty' }, "PORT must be a port number, not 'eighty'."],
    [[], { PORT: '70000' }, "PORT must be a port number, not '70000'."],
  ])('refuses %j %j', (argv, env, message) => {
    expect(() => parse(argv, env)).toThrow(message);
  });
});
