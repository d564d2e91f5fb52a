/**
 * What the services of every resource use: the owner and their today ({@code UserDays}), writes that forget
 * the owner's cached read models ({@code OwnerWrites}), progress and milestones ({@code ProgressAnalyser}),
 * the commands' shape check ({@code CommandValidator}) and secrets ({@code SecureTokens}). Public because
 * the services sit in one package per resource; no rule of a resource lives here.
 */
package org.habittracker.application.service.shared;
