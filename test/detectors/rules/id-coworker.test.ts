// id/coworker: its own examples through the rule tester.
import { coworker } from '../../../src/detectors/id/coworker.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(coworker);
