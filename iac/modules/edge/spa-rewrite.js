// CloudFront Function (cloudfront-js-2.0), viewer request, default behaviour only (the SPA bucket).
// Client-side routes such as /habits/42 have no file behind them: serve index.html and let the
// router in the browser take over. Paths whose last segment has a dot are files and pass as they
// are. /api/* and /health* never get here: they have their own behaviours.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var lastSegment = uri.substring(uri.lastIndexOf('/') + 1);
  if (lastSegment.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}
