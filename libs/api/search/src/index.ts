export { SearchModule } from './lib/search.module';
