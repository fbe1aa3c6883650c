import { useServices } from '../app-context';
import { AsyncView } from '../components/AsyncView';
import { SettingsForm } from '../features/admin/SettingsForm';
import { useResource } from '../use-resource';

/** jira:adminPage — site-wide settings. */
export default function AdminPage() {
  const { api } = useServices();
  const settings = useResource('settings', () => api.getSettings());
  return (
    <main>
      <h2>OKR Rollup settings</h2>
      <AsyncView resource={settings} what="the settings">
        {(data) => <SettingsForm key={JSON.stringify(data)} initial={data} onReload={settings.reload} />}
      </AsyncView>
    </main>
  );
}
