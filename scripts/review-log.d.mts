import type { Corpus } from '@lexharmony/core';
export declare const START: string;
export declare const END: string;
/** The Markdown of the review log for every assessment of `corpus` that holds a change. */
export declare function reviewLog(corpus: Corpus): string;
/** `doc` with the text between the review-log markers replaced by `log`. */
export declare function withReviewLog(doc: string, log: string): string;
