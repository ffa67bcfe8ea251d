// Version stamped on stored documents; bump when extraction output changes. Its own module so the
// writer can name it without loading the stages.
export const PIPELINE_VERSION = '0.1.0';
