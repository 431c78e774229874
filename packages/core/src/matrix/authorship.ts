import type { AssessmentFile, RecommendationsFile } from '../model/types.js';

/** Who wrote an assessment or a recommendations file, when, in which language, and how far it was reviewed: as the matrix carries it. */
export function authorshipOf(file: AssessmentFile | RecommendationsFile) {
  return {
    title: file.title,
    date: file.date,
    authors: [...file.authors],
    lang: file.lang,
    review: file.review && { status: file.review.status, summary: file.review.summary, reviewers: file.review.reviewers.map((r) => ({ id: r.id, name: r.name, practitioner: r.practitioner })) },
  };
}
