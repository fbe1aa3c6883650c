import { createRoot } from 'react-dom/client';
import { connect } from './api';
import { App } from './App';
import { toApiError } from './errors';
import './styles.css';

/** Boot: reach the Forge host, turn on Jira's theme (light or dark), learn which module this frame is, render it. */
async function boot(root: ReturnType<typeof createRoot>) {
  try {
    const api = await connect();
    const [context] = await Promise.all([api.getContext(), api.enableTheme().catch(() => undefined)]);
    root.render(<App services={{ api, context }} />);
  } catch (cause) {
    root.render(
      <p className="okr-notice okr-notice-error" role="alert">
        OKR Rollup could not connect to Jira: {toApiError(cause).message}
      </p>,
    );
  }
}

void boot(createRoot(document.getElementById('root') as HTMLElement));
