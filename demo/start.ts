import { launch } from '../server/launch.ts';
import { demoExtension } from './platform-extension.ts';

/** `npm start`: the platform with the demo around it (EPIGRID_DEMO=0 leaves the platform alone). */
await launch(demoExtension);
