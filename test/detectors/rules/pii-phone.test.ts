// pii/phone: its own examples through the rule tester.
import { phone } from '../../../src/detectors/pii/phone.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(phone);
