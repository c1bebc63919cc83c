// The one barrel lessons import widgets from: `import { CourseOutline } from '~/components';`
export { default as CourseOutline } from './CourseOutline.astro';
export { default as ManifestEditor } from './manifest-editor/ManifestEditor.astro';
export { default as CoursePdf } from './CoursePdf.astro';
export { default as OfflineCourse } from './offline/OfflineCourse.astro';
export { default as Quiz } from './quiz/Quiz.astro';
export { default as ClusterPlayground } from './cluster-playground/ClusterPlayground.astro';
export { default as Exam } from './exam/Exam.astro';
