export { noProjection, projectProgress } from './projectProgress';
export type { ProjectionInput } from './projectProgress';
export { periodGrade } from './periodGrade';
export type { GradeInput } from './periodGrade';
export { gradeNote, gradeNoteMessage } from './gradeNote';
export { shortDay } from './shortDay';
export type { Grade, GradeBasis, Projection, ProjectionMethod } from './types';
