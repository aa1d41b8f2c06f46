/**
 * The content collections, declared to Astro. Each one's loader and schema, and what lives where under content/,
 * is in src/loaders/collections.ts (CONTENT_DIR overrides the folder, which lets tests build deliberately broken content).
 */
import { defineCollection } from 'astro:content';
import { collectionSpecs as specs } from './loaders/collections.ts';

export const collections = {
  plans: defineCollection(specs.plans),
  roads: defineCollection(specs.roads),
  initiatives: defineCollection(specs.initiatives),
  repairLogs: defineCollection(specs.repairLogs),
  translations: defineCollection(specs.translations),
  sitePages: defineCollection(specs.sitePages),
  commitments: defineCollection(specs.commitments),
  commitmentChanges: defineCollection(specs.commitmentChanges),
  statusLogs: defineCollection(specs.statusLogs),
  statusReviews: defineCollection(specs.statusReviews),
  droppedCommitments: defineCollection(specs.droppedCommitments),
  corrections: defineCollection(specs.corrections),
  names: defineCollection(specs.names),
  glossary: defineCollection(specs.glossary),
  structures: defineCollection(specs.structures),
  firstPublished: defineCollection(specs.firstPublished),
};
