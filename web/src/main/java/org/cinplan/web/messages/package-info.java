/** Pages of the messages area: a case's send log, a person's digest setting, the digest time for administrators. */
package org.cinplan.web.messages;
