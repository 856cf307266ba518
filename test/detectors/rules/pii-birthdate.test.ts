// pii/birthdate: its own examples through the rule tester.
import { birthdate } from '../../../src/detectors/pii/birthdate.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(birthdate);
