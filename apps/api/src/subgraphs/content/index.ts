// The content domain's public face: other domains and the app call only what is exported here.
export { startContentService, type ContentServiceOptions } from './server.js';
export { visiblePageNodes } from './nodes.js';
export { contentTasks } from './tasks.js';
export { seedContentDemo } from './seed.js';
