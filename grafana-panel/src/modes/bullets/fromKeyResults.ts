import type { KeyResultsModel } from '../../data/model';
import { valueFormatter } from '../../data/valueFormatter';
import type { BulletItem } from './bulletItem';
import { coreText } from '../../i18n/coreText';

/** One bullet per numeric series, as the overlay's mapping scored it. */
export function bulletsFromKeyResults(model: KeyResultsModel): BulletItem[] {
  return model.keyResults.map((kr, order) => {
    const field = kr.field;
    const last = Math.max(0, field.values.length - 1);
    return {
      id: kr.id,
      title: kr.name,
      owner: '',
      objective: '',
      kind: kr.kind,
      unit: '',
      format: valueFormatter(field, kr.reducer),
      baseline: kr.baseline,
      target: kr.target,
      current: kr.current,
      low: kr.low,
      high: kr.high,
      progress: kr.progress.progress,
      expected: kr.expected,
      status: kr.status,
      grade: kr.grade,
      explain: [coreText().explain(kr.progress), kr.status.explain].filter(Boolean).join(' · '),
      thresholds: kr.thresholds,
      fieldMin: kr.min,
      fieldMax: kr.max,
      links:
        field.getLinks && field.config.links?.length
          ? () => field.getLinks!({ valueRowIndex: last })
          : undefined,
      order,
    };
  });
}
