// Size baseline only (ALIGNED_WITHOUT_RUSSIAN=1, see sheets-addon/webpack.config.mjs): the add-on's Russian words left out.
export { EN as RU } from '../../../sheets-addon/src/i18n/en';
