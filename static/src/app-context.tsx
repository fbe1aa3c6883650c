import { createContext, useContext } from 'react';
import type { Api } from './api';
import type { ForgeContext } from './forge-context';

/** What every view reads: the API (a fake one in tests) and the Forge context of the module it renders in. */
export interface AppServices {
  api: Api;
  context: ForgeContext;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesContext.Provider>');
  return services;
}
