export { AreaPage } from './lib/areas/area-page';
export { AreasPage } from './lib/areas/areas-page';
export { HomePage } from './lib/home/home-page';
