import { benchDashboard } from './dashboard.ts';
import { printResults } from './report.ts';
printResults('dash', await benchDashboard({ serverUrl: 'postgres://postgres@127.0.0.1:5432/test', volumes: { declarations: 200_000, persons: 20_000, events: 20_000, days: 60 }, requests: 10, baselineRuns: 2 }));
