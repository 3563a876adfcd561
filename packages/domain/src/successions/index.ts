export { successorsAt, provinceNowPartOf, type AreaKey, type Successor, type Succession } from './successors.js';
