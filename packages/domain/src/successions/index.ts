export {
  successorsAt,
  provinceNowPartOf,
  succeedsAny,
  type AreaKey,
  type Successor,
  type Succession,
} from './successors.js';
