/**
 * Planning: the CIN plan (RULES.md "Contents") kept as numbered versions, each a draft until submitted and then
 * approved or returned by a consultant social worker or practice manager other than its author, once a budget holder
 * of the case's council has approved the budget of each service it asks for (SEPARATION_OF_DUTIES, BUDGET_APPROVAL);
 * the readable history of what changed between versions; and the plan approvals (plan_approval) the deadline engine reads for PLAN_APPROVAL.
 */
package org.cinplan.planning;
