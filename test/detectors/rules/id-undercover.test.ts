// id/undercover: its own examples through the rule tester.
import { undercover } from '../../../src/detectors/id/undercover.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(undercover);
