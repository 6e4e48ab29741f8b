import { launch } from './launch.ts';

/** The platform alone, web apps built first: no demo data and no simulator, whatever EPIGRID_DEMO says. */
await launch();
