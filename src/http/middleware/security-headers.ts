import { secureHeaders } from 'hono/secure-headers';

/**
 * The pages load their one script and one stylesheet from this server and nothing else, inline
 * or foreign; no other site may frame them; links out carry no path of this site (Referrer-Policy
 * same-origin); browsers must not guess content types. Strict-Transport-Security is left to the
 * TLS proxy, which knows whether the site is served over HTTPS at all.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const securityHeaders = secureHeaders({
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  xFrameOptions: 'DENY',
  referrerPolicy: 'same-origin',
  xContentTypeOptions: true,
  strictTransportSecurity: false,
  // The API is read from other sites' pages (CORS); a same-origin resource policy would stop
  // their <img>/<script>-less fetches of the iCal feed and the JSON no more than CORS does.
  crossOriginResourcePolicy: false,
  crossOriginOpenerPolicy: true,
});
