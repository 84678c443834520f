/**
 * Planning: the CIN plan (RULES.md "Contents") kept as numbered versions, each a draft until submitted and then
 * approved or returned by a consultant social worker or practice manager; the readable history of what changed
 * between versions; and the plan approvals (plan_approval) the deadline engine reads for PLAN_APPROVAL.
 */
package org.cinplan.planning;
