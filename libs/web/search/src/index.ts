export { SearchPage } from './lib/search-page';
/** For the contribution composer: what has already been said that resembles the draft. */
export { SimilarContributions } from './lib/similar-contributions';
