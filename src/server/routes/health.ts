import { Hono } from 'hono';
import type { Health } from '../../shared/api/health.ts';

export interface HealthOptions {
  dataSource: Health['dataSource'];
  version: string;
}

export function healthRoutes(options: HealthOptions) {
  return new Hono().get('/', (c) => {
    const body: Health = {
      status: 'ready',
      dataSource: options.dataSource,
      version: options.version,
    };
    return c.json(body);
  });
}
