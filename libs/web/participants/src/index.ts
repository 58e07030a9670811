export { RepresentativesAdminPage } from './lib/admin/representatives-admin-page';
export { MyOrganisationsPage } from './lib/mine/my-organisations-page';
export { OrganisationsPage } from './lib/organisations/organisations-page';
