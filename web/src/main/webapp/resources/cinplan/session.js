/*
 * An ajax postback that can no longer be applied would otherwise leave its button doing nothing:
 * - sent after the session ended, it is answered by the sign-in page (the browser followed the redirect): go there,
 *   and the sign-in page says the session ended;
 * - sent from a page whose view the server no longer keeps (ViewExpiredException): go to the page that says so.
 * Either way nothing is applied, and everything saved before is kept.
 */
$(document).on('pfAjaxComplete', function (event, xhr) {
    if (!xhr || window.location.pathname.indexOf('/login.xhtml') !== -1) {
        return;
    }
    var answeredBy = xhr.responseURL || '';
    var signIn = answeredBy.indexOf('/login.xhtml');
    if (signIn !== -1) {
        window.location.href = answeredBy.substring(0, signIn) + '/login.xhtml?ended=timeout';
        return;
    }
    var error = xhr.responseXML && xhr.responseXML.getElementsByTagName('error-name')[0];
    if (error && error.textContent.indexOf('ViewExpiredException') !== -1) {
        var path = window.location.pathname;
        window.location.href = path.substring(0, path.lastIndexOf('/')) + '/expired.xhtml';
    }
});
