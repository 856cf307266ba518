// case/investigation: its own examples through the rule tester.
import { investigation } from '../../../src/detectors/case/investigation.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(investigation);
