// Size baseline only (ALIGNED_WITHOUT_RUSSIAN=1, see webpack.config.mjs): the add-on's Russian words left out.
export { EN as RU } from '../../src/i18n/en';
