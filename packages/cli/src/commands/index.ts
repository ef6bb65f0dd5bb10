import type { Command } from '../command.js';
import { build } from './build.js';
import { diff } from './diff.js';
import { generate } from './generate.js';
import { graph } from './graph.js';
import { guide } from './guide.js';
import { list } from './list.js';
import { search } from './search.js';
import { serve } from './serve.js';
import { validate } from './validate.js';

/** Every `onestop` command, in the order `--help` lists them. */
export const commands: Command[] = [validate, build, diff, list, search, guide, graph, generate, serve];
