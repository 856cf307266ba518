// id/badge-number: its own examples through the rule tester.
import { badgeNumber } from '../../../src/detectors/id/badge-number.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(badgeNumber);
