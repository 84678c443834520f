/** Planning: the CIN plan, its versions and its approval by a consultant social worker or practice manager. */
package org.cinplan.planning;
