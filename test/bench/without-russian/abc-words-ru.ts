// Size baseline only (ALIGNED_WITHOUT_RUSSIAN=1, see sheets-addon/webpack.config.mjs): the sample's Russian words left out.
export { ABC_WORDS_EN as ABC_WORDS_RU } from '../../../shared/src/demo/abc-words';
