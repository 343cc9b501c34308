/**
 * `llrt:awslambda`: Lambda response streaming as Node's runtime offers it (awslambda.streamifyResponse,
 * HttpResponseStream), behind the lazy `awslambda` global lambda.js defines (awslambda.js).
 */
package dev.llrtj.modules.awslambda;
